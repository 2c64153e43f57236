/** The hybrid logical clock that stamps every change for sync. */
package org.liaison.core.clock;
