/** The user's own settings on this machine: language and data folder. */
package org.liaison.core.settings;
