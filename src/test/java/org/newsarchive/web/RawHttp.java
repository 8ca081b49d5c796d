package org.newsarchive.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client sends: request lines
 * with malformed percent-encoding, bodies cut short.
 */
final class RawHttp implements AutoCloseable {

	private final Socket socket;

	RawHttp(int port, int timeoutMillis) throws IOException {
		this.socket = new Socket("localhost", port);
		this.socket.setSoTimeout(timeoutMillis);
	}

	/** Sends one request (head and as much of a body as given) and reads the answer. */
	static Response exchange(int port, String head, byte[] body) throws IOException {
		try (RawHttp raw = new RawHttp(port, 30_000)) {
			raw.send(head, body);
			return raw.read();
		}
	}

	static Response get(int port, String target) throws IOException {
		return exchange(port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
				new byte[0]);
	}

	void send(String head, byte[] body) throws IOException {
		OutputStream out = this.socket.getOutputStream();
		out.write(head.getBytes(StandardCharsets.ISO_8859_1));
		out.write(body);
		out.flush();
	}

	/** The final answer, after any interim ones ({@code 100 Continue}). */
	Response read() throws IOException {
		InputStream in = this.socket.getInputStream();
		String status = line(in);
		Map<String, String> headers = headers(in);
		while (status.matches("HTTP/1\\.1 1\\d\\d.*")) {
			status = line(in);
			headers = headers(in);
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			for (int size = Integer.parseInt(line(in).strip(), 16); size > 0; size = Integer.parseInt(line(in).strip(),
					16)) {
				body.write(in.readNBytes(size));
				line(in);
			}
		}
		else if (headers.containsKey("content-length")) {
			body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
		}
		return new Response(Integer.parseInt(status.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
	}

	private static Map<String, String> headers(InputStream in) throws IOException {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String header = line(in); !header.isEmpty(); header = line(in)) {
			int colon = header.indexOf(':');
			headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
					header.substring(colon + 1).strip());
		}
		return headers;
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b == -1) {
				throw new IOException("The connection closed in the middle of a line: " + line);
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	record Response(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

}
