package dev.kfj.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientConfigTest {

    @Test
    void readsTheArgoVariablesLikeTheArgoCli() {
        ClientConfig config = ClientConfig.fromEnvironment(Map.of(
                "ARGO_SERVER", "argo.example.com:443",
                "ARGO_TOKEN", "Bearer abc.def",
                "ARGO_NAMESPACE", "ml",
                "ARGO_INSECURE_SKIP_VERIFY", "true",
                "ARGO_HTTP1", "true",
                "ARGO_BASE_HREF", "/argo/"));

        assertThat(config.server()).isEqualTo("argo.example.com:443");
        assertThat(config.token()).isEqualTo("Bearer abc.def");
        assertThat(config.namespace()).isEqualTo("ml");
        assertThat(config.secure()).isTrue();
        assertThat(config.insecureSkipVerify()).isTrue();
        assertThat(config.http1()).isTrue();
        assertThat(config.baseUri()).hasToString("https://argo.example.com:443/argo/");
    }

    @Test
    void usesPlainHttpOnlyWhenArgoSecureIsExactlyFalse() {
        assertThat(ClientConfig.fromEnvironment(Map.of("ARGO_SERVER", "h:1", "ARGO_SECURE", "false")).baseUri())
                .hasToString("http://h:1/");
        assertThat(ClientConfig.fromEnvironment(Map.of("ARGO_SERVER", "h:1", "ARGO_SECURE", "no")).baseUri())
                .hasToString("https://h:1/");
    }

    @Test
    void defaultsToNamespaceDefaultAndVerifiedTls() {
        ClientConfig config = ClientConfig.fromEnvironment(Map.of());

        assertThat(config.hasServer()).isFalse();
        assertThat(config.namespace()).isEqualTo("default");
        assertThat(config.secure()).isTrue();
        assertThat(config.insecureSkipVerify()).isFalse();
    }

    @Test
    void flagsOverrideTheEnvironment() {
        ClientConfig config = ClientConfig.fromEnvironment(Map.of("ARGO_SERVER", "a:1", "ARGO_NAMESPACE", "x"))
                .withServer("b:2").withNamespace("y");

        assertThat(config.server()).isEqualTo("b:2");
        assertThat(config.namespace()).isEqualTo("y");
    }

    @Test
    void aSchemeInTheServerAddressWinsOverSecure() {
        assertThat(ClientConfig.of("http://localhost:2746").baseUri()).hasToString("http://localhost:2746/");
    }

    @Test
    void neverShowsTheToken() {
        ClientConfig config = ClientConfig.of("h:1").withToken("Bearer s3cr3t");

        assertThat(config.toString()).doesNotContain("s3cr3t").contains("token=<redacted>");
    }
}
