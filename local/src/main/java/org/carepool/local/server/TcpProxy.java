package org.carepool.local.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a loopback port in front of a real server, for tests of how a client
 * copes when the server goes away or hangs, without stopping and restarting the server:
 * <ul>
 * <li>{@link #cut()}: connections open through the proxy are reset and new ones refused,
 * as a client sees a server that stopped;</li>
 * <li>{@link #hang()}: open connections are reset, new ones are accepted but never
 * answered, as a client sees a server that hangs;</li>
 * <li>{@link #restore()}: the same port forwards to the server again.</li>
 * </ul>
 */
public final class TcpProxy implements AutoCloseable {

	private final InetSocketAddress target;

	private final String scheme;

	private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

	private int port;

	private ServerSocket listening;

	private volatile boolean hanging;

	private TcpProxy(URI target) {
		this.target = new InetSocketAddress(target.getHost(), target.getPort());
		this.scheme = target.getScheme();
	}

	/**
	 * Starts a proxy on a free loopback port, forwarding.
	 * @param target the real server, such as {@code http://127.0.0.1:9200}
	 * @return the proxy
	 */
	public static TcpProxy start(URI target) {
		TcpProxy proxy = new TcpProxy(target);
		proxy.restore();
		return proxy;
	}

	/**
	 * The proxy's address, with the scheme of the server behind it; the same for the
	 * proxy's whole life.
	 * @return such as {@code http://127.0.0.1:41234}
	 */
	public synchronized URI uri() {
		return URI.create(this.scheme + "://127.0.0.1:" + this.port);
	}

	/**
	 * Cuts the server off: resets every open connection and refuses new ones.
	 */
	public synchronized void cut() {
		if (this.listening != null) {
			try {
				this.listening.close();
			}
			catch (IOException ex) {
				// Closed already.
			}
			this.listening = null;
		}
		resetConnections();
	}

	/**
	 * Makes the server hang: resets every open connection; new ones are accepted, and
	 * what they send is read, but never forwarded or answered.
	 */
	public synchronized void hang() {
		this.hanging = true;
		listen();
		resetConnections();
	}

	/**
	 * Forwards to the server again, on the same port, after {@link #cut()} or
	 * {@link #hang()}.
	 */
	public synchronized void restore() {
		if (this.hanging) {
			this.hanging = false;
			resetConnections();
		}
		listen();
	}

	@Override
	public void close() {
		cut();
	}

	private void listen() {
		if (this.listening != null) {
			return;
		}
		try {
			ServerSocket server = new ServerSocket();
			server.setReuseAddress(true);
			server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
			this.port = server.getLocalPort();
			this.listening = server;
			Thread acceptor = new Thread(() -> accept(server), "tcp-proxy-" + this.port);
			acceptor.setDaemon(true);
			acceptor.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not listen on port " + this.port, ex);
		}
	}

	private void resetConnections() {
		for (Socket socket : this.connections) {
			reset(socket);
		}
		this.connections.clear();
	}

	private void accept(ServerSocket server) {
		while (!server.isClosed()) {
			Socket client;
			try {
				client = server.accept();
			}
			catch (IOException ex) {
				// Cut off.
				return;
			}
			this.connections.add(client);
			if (this.hanging) {
				pump(client, null);
				continue;
			}
			Socket upstream = new Socket();
			try {
				upstream.connect(this.target, 5_000);
			}
			catch (IOException ex) {
				reset(client);
				continue;
			}
			this.connections.add(upstream);
			if (server.isClosed() || this.hanging) {
				// Cut off or hung while this connection was being opened.
				reset(client);
				reset(upstream);
				continue;
			}
			pump(client, upstream);
			pump(upstream, client);
		}
	}

	/**
	 * Copies what one side sends to the other ({@code null}: swallows it) until either
	 * side goes away.
	 */
	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream()) {
				OutputStream out = (to != null) ? to.getOutputStream() : OutputStream.nullOutputStream();
				int read;
				while ((read = in.read(buffer)) >= 0) {
					out.write(buffer, 0, read);
					out.flush();
				}
				if (to != null) {
					to.shutdownOutput();
				}
			}
			catch (IOException ex) {
				// One side went away: so does the other.
				if (to != null) {
					reset(to);
				}
			}
			finally {
				this.connections.remove(from);
			}
		}, "tcp-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void reset(Socket socket) {
		try {
			socket.setSoLinger(true, 0);
		}
		catch (SocketException ex) {
			// Closed already.
		}
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Closed already.
		}
	}

}
