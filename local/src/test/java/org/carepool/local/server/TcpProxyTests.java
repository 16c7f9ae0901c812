package org.carepool.local.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TcpProxy}, in front of an echo server.
 */
class TcpProxyTests {

	private ServerSocket echo;

	private TcpProxy proxy;

	@BeforeEach
	void startAnEchoServerBehindTheProxy() throws IOException {
		this.echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread server = new Thread(() -> {
			while (!this.echo.isClosed()) {
				try {
					Socket socket = this.echo.accept();
					Thread echoing = new Thread(() -> {
						try (socket;
								InputStream in = socket.getInputStream();
								OutputStream out = socket.getOutputStream()) {
							in.transferTo(out);
						}
						catch (IOException ex) {
							// The client went away.
						}
					});
					echoing.setDaemon(true);
					echoing.start();
				}
				catch (IOException ex) {
					return;
				}
			}
		});
		server.setDaemon(true);
		server.start();
		this.proxy = TcpProxy.start(URI.create("http://127.0.0.1:" + this.echo.getLocalPort()));
	}

	@AfterEach
	void stop() throws IOException {
		this.proxy.close();
		this.echo.close();
	}

	@Test
	void forwardsBothWaysOnAPortOfItsOwn() throws IOException {
		assertThat(this.proxy.uri().getScheme()).isEqualTo("http");
		assertThat(this.proxy.uri().getPort()).isNotEqualTo(this.echo.getLocalPort());
		try (Socket socket = connect()) {
			assertThat(roundTrip(socket, "你好")).isEqualTo("你好");
		}
	}

	@Test
	void refusesAndResetsWhileCutAndForwardsAgainOnTheSamePortOnceRestored() throws IOException {
		URI before = this.proxy.uri();
		try (Socket open = connect()) {
			assertThat(roundTrip(open, "a")).isEqualTo("a");
			this.proxy.cut();
			assertThatExceptionOfType(IOException.class).isThrownBy(() -> {
				open.getOutputStream().write('b');
				if (open.getInputStream().read() < 0) {
					throw new IOException("closed");
				}
			});
		}
		assertThatExceptionOfType(ConnectException.class).isThrownBy(this::connect);
		this.proxy.restore();
		assertThat(this.proxy.uri()).isEqualTo(before);
		try (Socket socket = connect()) {
			assertThat(roundTrip(socket, "again")).isEqualTo("again");
		}
	}

	@Test
	void acceptsButNeverAnswersWhileHanging() throws IOException {
		this.proxy.hang();
		try (Socket socket = connect()) {
			socket.setSoTimeout(500);
			socket.getOutputStream().write("hello".getBytes(StandardCharsets.UTF_8));
			assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(() -> socket.getInputStream().read());
		}
		this.proxy.restore();
		try (Socket socket = connect()) {
			assertThat(roundTrip(socket, "back")).isEqualTo("back");
		}
	}

	private Socket connect() throws IOException {
		return new Socket(InetAddress.getLoopbackAddress(), this.proxy.uri().getPort());
	}

	private static String roundTrip(Socket socket, String text) throws IOException {
		socket.setSoTimeout(5_000);
		byte[] sent = text.getBytes(StandardCharsets.UTF_8);
		socket.getOutputStream().write(sent);
		socket.getOutputStream().flush();
		byte[] received = socket.getInputStream().readNBytes(sent.length);
		return new String(received, StandardCharsets.UTF_8);
	}

}
