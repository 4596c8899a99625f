package apitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a fresh JVM loads for a client: the AWS default credentials chain only when it is needed,
 * and no Jackson databind at all, since responses are read with StAX.
 */
class ColdStartTest {

  private static String run(String mode) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xlog:class+load=info",
                    "-cp",
                    System.getProperty("java.class.path"),
                    ColdStartMain.class.getName(),
                    mode))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    // the class-load log is there, so the absence checks below mean something
    assertThat(output).contains("io.sqskit.internal.DefaultSqsClient source:");
    return output;
  }

  @Test
  void aCallWithGivenCredentialsNeverLoadsTheDefaultChainOrDatabind() throws Exception {
    String output = run("given");
    assertThat(output).contains("sent m-1");
    assertThat(output)
        .doesNotContain("software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider")
        .doesNotContain("com.fasterxml.jackson.databind.");
  }

  @Test
  void buildingAClientWithoutCredentialsDoesNotCreateTheDefaultChain() throws Exception {
    String output = run("default");
    assertThat(output).contains("built us-east-1");
    assertThat(output)
        .doesNotContain("software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider ");
  }
}
