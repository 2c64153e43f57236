/** Files and folders as Liaison keeps them: what holds people's data is its owner's alone. */
package org.liaison.core.io;
