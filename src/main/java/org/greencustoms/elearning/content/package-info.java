/**
 * The content package format: reading a folder or zip, validating it with every problem reported at once,
 * rendering Markdown safely, and publishing a package as a new module version.
 */
package org.greencustoms.elearning.content;
