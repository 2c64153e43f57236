/** Text as search compares it, the same in every area: case, accents and ligatures aside. */
package org.liaison.core.text;
