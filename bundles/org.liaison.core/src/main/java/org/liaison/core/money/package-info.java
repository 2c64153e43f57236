/** Amounts of money in GBP and EUR. */
package org.liaison.core.money;
