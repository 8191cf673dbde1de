/**
 * What is published: the agreements, the modules with their immutable versions and units, read in the reader's
 * language (the Catalog boundary and its REST resource).
 */
package org.greencustoms.elearning.catalog;
