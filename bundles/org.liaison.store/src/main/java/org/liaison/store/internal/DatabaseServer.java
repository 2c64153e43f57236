package org.liaison.store.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.h2.tools.Server;

/**
 * Serves the database folder over TCP, for a central database used by other processes. Listens on
 * loopback unless configured otherwise, serves only databases that exist, and every connection
 * must log in with the owner's password.
 */
final class DatabaseServer {

    private static final String BIND_ADDRESS_PROPERTY = "h2.bindAddress";

    private final Server server;

    private DatabaseServer(Server server) {
        this.server = server;
    }

    static DatabaseServer start(Path directory, String bindAddress, int port) throws SQLException {
        InetAddress address;
        try {
            address = InetAddress.getByName(bindAddress);
        } catch (UnknownHostException e) {
            throw new SQLException("unknown address for the database server: " + bindAddress, e);
        }
        // The engine reads the bind address from this property when it first opens a server socket.
        String previous = System.getProperty(BIND_ADDRESS_PROPERTY);
        if (previous != null && !previous.equals(address.getHostAddress())) {
            throw new SQLException("the database server is already bound to " + previous + " in this process");
        }
        System.setProperty(BIND_ADDRESS_PROPERTY, address.getHostAddress());
        List<String> args = new ArrayList<>(List.of("-tcpPort", Integer.toString(port),
                "-baseDir", directory.toString(), "-ifExists", "-tcpDaemon"));
        if (!address.isLoopbackAddress()) {
            args.add("-tcpAllowOthers");
        }
        Server server = Server.createTcpServer(args.toArray(String[]::new)).start();
        return new DatabaseServer(server);
    }

    int port() {
        return server.getPort();
    }

    String url() {
        return server.getURL();
    }

    void stop() {
        server.stop();
    }
}
