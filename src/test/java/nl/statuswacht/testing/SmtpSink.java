package nl.statuswacht.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mail server for benchmarks that speaks real SMTP on loopback (EHLO, MAIL, RCPT, DATA, RSET,
 * NOOP, QUIT) and keeps nothing but counts: the connections, the mails per recipient, the moment
 * each mail was accepted. Each reply is one write on a socket without Nagle's delay, as a real
 * mail server writes them; GreenMail writes a multi-line EHLO reply line by line, so each new
 * connection to it waits about 40 ms for a delayed ACK, which would be counted against the
 * sender.
 */
public final class SmtpSink implements AutoCloseable {
  private final ServerSocket socket;
  private final AtomicInteger connections = new AtomicInteger();
  private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
  private final List<Instant> accepted = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  public SmtpSink() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread thread = new Thread(this::serve, "smtp-sink-" + port());
    thread.setDaemon(true);
    thread.start();
  }

  public int port() {
    return socket.getLocalPort();
  }

  public int connections() {
    return connections.get();
  }

  /** How many mails each recipient got. */
  public Map<String, Integer> received() {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    received.forEach((recipient, n) -> counts.put(recipient, n.get()));
    return counts;
  }

  /** When each mail was accepted (its 250 after the data was written), in order. */
  public List<Instant> accepted() {
    return List.copyOf(accepted);
  }

  private void serve() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        client.setTcpNoDelay(true);
        connections.incrementAndGet();
        open.add(client);
        Thread thread = new Thread(() -> converse(client), "smtp-sink-conversation");
        thread.setDaemon(true);
        thread.start();
      } catch (IOException closed) {
        // the sink is closed
      }
    }
  }

  private void converse(Socket client) {
    try (client; InputStream in = new BufferedInputStream(client.getInputStream(), 64 * 1024)) {
      OutputStream out = client.getOutputStream();
      reply(out, "220 sink.test ESMTP\r\n");
      List<String> recipients = new java.util.ArrayList<>();
      for (String line = readLine(in); line != null; line = readLine(in)) {
        String verb = line.split("[ :]", 2)[0].toUpperCase(Locale.ROOT);
        switch (verb) {
          case "EHLO" -> reply(out, "250-sink.test\r\n250-8BITMIME\r\n250-PIPELINING\r\n"
              + "250 SMTPUTF8\r\n");
          case "HELO" -> reply(out, "250 sink.test\r\n");
          case "MAIL" -> {
            recipients.clear();
            reply(out, "250 2.1.0 ok\r\n");
          }
          case "RCPT" -> {
            int from = line.indexOf('<');
            int to = line.indexOf('>', from + 1);
            recipients.add(line.substring(from + 1, to).toLowerCase(Locale.ROOT));
            reply(out, "250 2.1.5 ok\r\n");
          }
          case "DATA" -> {
            reply(out, "354 end with <CRLF>.<CRLF>\r\n");
            for (String data = readLine(in); data != null && !data.equals(".");
                data = readLine(in)) {
              // the content is not kept
            }
            for (String recipient : recipients) {
              received.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet();
            }
            accepted.add(Instant.now());
            reply(out, "250 2.0.0 queued\r\n");
          }
          case "RSET", "NOOP" -> reply(out, "250 2.0.0 ok\r\n");
          case "QUIT" -> {
            reply(out, "221 2.0.0 bye\r\n");
            return;
          }
          default -> reply(out, "502 5.5.2 command not recognised\r\n");
        }
      }
    } catch (IOException dropped) {
      // the client went away
    }
  }

  private static void reply(OutputStream out, String reply) throws IOException {
    out.write(reply.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** One line without its line end, or null at the end of the stream. */
  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      line.write(b);
    }
    if (b < 0 && line.size() == 0) {
      return null;
    }
    String text = line.toString(StandardCharsets.ISO_8859_1);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket s : open) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }
}
