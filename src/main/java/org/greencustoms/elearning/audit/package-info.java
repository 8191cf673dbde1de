/** The audit log: who did what to which record, and when; written from the features' events, read by administrators. */
package org.greencustoms.elearning.audit;
