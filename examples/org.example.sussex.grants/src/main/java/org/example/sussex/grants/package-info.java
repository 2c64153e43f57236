/**
 * An example of an agency's own bundle: East Sussex records the business grants it awards in a
 * table of its own, created by this bundle's migrations and synced like Liaison's own tables.
 */
package org.example.sussex.grants;
