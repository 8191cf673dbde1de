/**
 * What every feature shares: start-up schema migration, health checks, business exceptions, languages and REST
 * error answers.
 */
package org.greencustoms.elearning.platform;
