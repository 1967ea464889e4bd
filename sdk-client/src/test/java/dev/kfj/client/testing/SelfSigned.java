package dev.kfj.client.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A self-signed certificate for 127.0.0.1, made with the JDK's {@code keytool}, as a server TLS
 * context for {@link FakeArgoServer#start(String, SSLContext)}.
 */
public final class SelfSigned {
    private static final char[] PASSWORD = "changeit".toCharArray();

    private SelfSigned() {}

    /** A server TLS context with a fresh self-signed certificate, kept in {@code dir}. */
    public static SSLContext serverContext(Path dir) {
        Path store = dir.resolve("server.p12");
        try {
            if (!Files.exists(store)) {
                Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
                Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "server",
                        "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=127.0.0.1",
                        "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", store.toString(),
                        "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)))
                        .redirectErrorStream(true).start();
                process.getInputStream().readAllBytes();
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("keytool failed");
                }
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, PASSWORD);
            }
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a self-signed certificate", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making a certificate", e);
        }
    }
}
