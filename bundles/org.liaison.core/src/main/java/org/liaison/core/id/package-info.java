/** Time-ordered identifiers (UUID version 7) for every synced row. */
package org.liaison.core.id;
