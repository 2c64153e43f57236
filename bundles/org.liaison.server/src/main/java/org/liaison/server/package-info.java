/**
 * The central server: staff accounts and the HTTPS sync endpoint desktops push to and pull from.
 * See {@code org.liaison.sync.protocol} for the messages.
 */
package org.liaison.server;
