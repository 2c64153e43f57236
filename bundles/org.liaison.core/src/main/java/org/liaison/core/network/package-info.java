/** Where this runtime stands in the network: the server, a desktop connected to one, or a desktop alone. */
package org.liaison.core.network;
