/** Topic names and property keys of Liaison's domain events on EventAdmin. */
package org.liaison.core.events;
