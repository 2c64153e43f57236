/** Translated texts (English and French) and the choice of the user's language. */
package org.liaison.core.i18n;
