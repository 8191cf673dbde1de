/**
 * Authoring: authors upload packages as drafts, preview them as learners will see them, publish, retire and roll
 * back module versions, and bring question banks across from Moodle (GIFT, Moodle XML).
 */
package org.greencustoms.elearning.authoring;
