/** Validation errors that name the field or input line that is wrong. */
package org.liaison.core.validation;
