/** The NACE Rev. 2 taxonomy of economic sectors, in English and French. */
package org.liaison.contacts.sectors;
