package nl.statuswacht.notify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback SMTP server that speaks the real protocol but answers RCPT TO and the end of DATA with
 * the replies it is given, to produce the 4xx and 5xx faults GreenMail cannot. With a {@code null}
 * greeting it accepts connections and stays silent, for timeouts.
 */
final class FakeSmtpServer implements AutoCloseable {
  private final ServerSocket socket;
  private final String greeting;
  private final String rcptReply;
  private final String dataReply;
  private final List<String> commands = new CopyOnWriteArrayList<>();

  FakeSmtpServer(String greeting, String rcptReply, String dataReply) throws IOException {
    this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    this.greeting = greeting;
    this.rcptReply = rcptReply;
    this.dataReply = dataReply;
    Thread thread = new Thread(this::serve, "fake-smtp-" + port());
    thread.setDaemon(true);
    thread.start();
  }

  /** Refuses every recipient with {@code reply}. */
  static FakeSmtpServer rejectingRecipients(String reply) throws IOException {
    return new FakeSmtpServer("220 fake.test ESMTP", reply, "250 2.0.0 queued");
  }

  /** Accepts recipients, then answers the message itself with {@code reply}. */
  static FakeSmtpServer rejectingData(String reply) throws IOException {
    return new FakeSmtpServer("220 fake.test ESMTP", "250 2.1.5 ok", reply);
  }

  /** Takes the whole message, then never answers it. */
  static FakeSmtpServer stallingAfterData() throws IOException {
    return new FakeSmtpServer("220 fake.test ESMTP", "250 2.1.5 ok", null);
  }

  static FakeSmtpServer silent() throws IOException {
    return new FakeSmtpServer(null, null, null);
  }

  int port() {
    return socket.getLocalPort();
  }

  /** The commands received, verbs upper-cased, in order. */
  List<String> commands() {
    return List.copyOf(commands);
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        converse(client);
      } catch (IOException closedOrDropped) {
        // next connection, or the end when the socket is closed
      }
    }
  }

  private void converse(Socket client) throws IOException {
    var in =
        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
    if (greeting == null) {
      in.readLine(); // silent until the client gives up
      return;
    }
    reply(out, greeting);
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
      commands.add(verb);
      switch (verb) {
        case "EHLO", "HELO" -> reply(out, "250 fake.test");
        case "MAIL", "RSET", "NOOP" -> reply(out, "250 2.0.0 ok");
        case "RCPT" -> reply(out, rcptReply);
        case "DATA" -> {
          reply(out, "354 end with <CRLF>.<CRLF>");
          skipMessage(in);
          if (dataReply == null) {
            in.readLine(); // stalls after the message until the client gives up
            return;
          }
          reply(out, dataReply);
        }
        case "QUIT" -> {
          reply(out, "221 2.0.0 bye");
          return;
        }
        default -> reply(out, "502 5.5.2 command not recognised");
      }
    }
  }

  private static void skipMessage(BufferedReader in) throws IOException {
    for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
      // the content does not matter here
    }
  }

  private static void reply(Writer out, String line) throws IOException {
    out.write(line + "\r\n");
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
