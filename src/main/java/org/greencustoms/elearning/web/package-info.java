/**
 * The Faces pages' backing beans, one folder per page area, plus the language of the page and the media servlet.
 */
package org.greencustoms.elearning.web;
