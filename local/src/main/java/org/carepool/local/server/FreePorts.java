package org.carepool.local.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Free TCP ports on the loopback interface, for servers started by tests.
 */
public final class FreePorts {

	private FreePorts() {
	}

	/**
	 * A port that was free a moment ago.
	 * @return the port number
	 */
	public static int next() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on the loopback interface", ex);
		}
	}

	/**
	 * Whether something listens on a loopback port.
	 * @param port the port
	 * @return {@code true} when the port is taken
	 */
	public static boolean isTaken(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

}
