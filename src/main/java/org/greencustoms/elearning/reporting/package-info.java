/**
 * Reports for the people who write and run the modules: how the quizzes' questions behave once learners have taken
 * them (Moodle's item analysis, per language as well) and how often each option is chosen.
 */
package org.greencustoms.elearning.reporting;
