/**
 * What every HTTP answer carries (security headers, caching rules) and what the platform may believe about a request
 * that came through a TLS proxy: its scheme and the client's address.
 */
package org.greencustoms.elearning.platform.http;
