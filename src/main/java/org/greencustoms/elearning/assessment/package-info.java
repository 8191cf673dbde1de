/**
 * Quizzes: the question types of the package format and how a learner's answers are scored.
 */
package org.greencustoms.elearning.assessment;
