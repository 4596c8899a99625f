/*
 * Copyright 2026 The sqskit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.sqskit.benchmarks.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Starts child JVMs (the same {@code java} as this one) that run one main class and print a {@link
 * ChildReport} line, and measures them.
 *
 * <p>Each contender's child gets only the classpath entries it loads classes from, found by one
 * probe run with {@code -Xlog:class+load}: an application using one library does not carry the
 * other library's jars, and jars it never touches would still cost a cold start (ServiceLoader
 * opens every jar on the path).
 */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * One finished child.
   *
   * @param wallMillis from just before the process was spawned to the result line, seen by the
   *     parent
   * @param fields the {@code key=value} pairs of the result line, e.g. {@code ms}, {@code classes}
   */
  public record Result(double wallMillis, Map<String, String> fields) {

    /** A numeric field. */
    public double number(String key) {
      String value = fields.get(key);
      if (value == null) {
        throw new IllegalStateException("the child reported no " + key + ": " + fields);
      }
      return Double.parseDouble(value);
    }
  }

  /** The {@code java} launcher of the running JVM. */
  public static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * This JVM's classpath as a list. When it is one jar whose manifest has a {@code Class-Path}
   * ({@code java -jar benchmarks.jar}, or Surefire's booter jar), the manifest's entries are listed
   * instead, and the jar itself is replaced by a copy without {@code Class-Path} (or dropped when
   * it holds no classes): a child given the original jar would see every library through its
   * manifest, whatever classpath it was handed.
   */
  public static synchronized List<String> currentClasspath() {
    if (currentClasspath == null) {
      currentClasspath = List.copyOf(resolveClasspath());
    }
    return currentClasspath;
  }

  private static @Nullable List<String> currentClasspath; // resolved on first use

  private static List<String> resolveClasspath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
      }
    }
    if (entries.size() != 1 || !entries.get(0).endsWith(".jar")) {
      return entries;
    }
    Path jar = Path.of(entries.get(0));
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      String classPath =
          manifest == null
              ? null
              : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
      if (classPath == null) {
        return entries;
      }
      entries.clear();
      if (file.stream().anyMatch(e -> e.getName().endsWith(".class"))) {
        entries.add(withoutClassPath(file, manifest).toString());
      }
      for (String item : classPath.trim().split("\\s+")) {
        // Maven writes paths relative to the jar; Surefire's booter jar writes file: URLs.
        Path path =
            item.startsWith("file:")
                ? Path.of(URI.create(item))
                // an absolute path to a file always has a parent
                : Objects.requireNonNull(jar.getParent()).resolve(item);
        entries.add(path.toAbsolutePath().normalize().toString());
      }
      return entries;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the manifest of " + jar, e);
    }
  }

  private static Path withoutClassPath(JarFile jar, Manifest manifest) throws IOException {
    Path copy = Files.createTempFile("sqskit-benchmarks-classes", ".jar");
    copy.toFile().deleteOnExit();
    Manifest stripped = new Manifest(manifest);
    stripped.getMainAttributes().remove(Attributes.Name.CLASS_PATH);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy), stripped)) {
      for (JarEntry entry : java.util.Collections.list(jar.entries())) {
        if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
          continue;
        }
        out.putNextEntry(new JarEntry(entry.getName()));
        try (var in = jar.getInputStream(entry)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return copy;
  }

  /**
   * Runs the child once with class loading logged and returns the entries of {@code classpath} it
   * loaded classes from, in classpath order.
   */
  public static List<String> usedClasspath(
      List<String> classpath, String mainClass, List<String> args, Duration timeout)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("sqskit-bench-classload", ".log");
    try {
      run(classpath, List.of("-Xlog:class+load=info:file=" + log), mainClass, args, timeout);
      Set<String> used = new LinkedHashSet<>();
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        int at = line.indexOf("source: file:");
        if (at >= 0) {
          String url = line.substring(at + "source: ".length()).trim();
          used.add(Path.of(URI.create(url)).toAbsolutePath().normalize().toString());
        }
      }
      List<String> kept = new ArrayList<>();
      for (String entry : classpath) {
        String normal = Path.of(entry).toAbsolutePath().normalize().toString();
        if (used.contains(normal)
            || used.stream()
                .anyMatch(u -> u.startsWith(normal + "/") && !normal.endsWith(".jar"))) {
          kept.add(entry);
        }
      }
      return kept;
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Runs the child to its result line and returns it; the child is killed afterwards. */
  public static Result run(
      List<String> classpath,
      List<String> jvmOptions,
      String mainClass,
      List<String> args,
      Duration timeout)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(String.join(java.io.File.pathSeparator, classpath));
    command.add(mainClass);
    command.addAll(args);
    Path errors = Files.createTempFile("sqskit-bench-child", ".err");
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
    long spawned = System.nanoTime();
    Process process = builder.start();
    try {
      CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> resultLine(process));
      String result;
      try {
        result = line.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        throw new IllegalStateException(
            "the child " + mainClass + " gave no result within " + timeout + tail(errors));
      } catch (ExecutionException e) {
        throw new IllegalStateException("reading the child's output failed: " + e.getCause());
      }
      double wall = (System.nanoTime() - spawned) / 1e6;
      if (result == null) {
        process.waitFor(5, TimeUnit.SECONDS);
        throw new IllegalStateException(
            "the child "
                + mainClass
                + " ended without a result"
                + (process.isAlive() ? "" : " (exit " + process.exitValue() + ")")
                + tail(errors));
      }
      Map<String, String> fields = new HashMap<>();
      for (String pair : result.substring(ChildReport.PREFIX.length()).trim().split("\\s+")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          fields.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
      return new Result(wall, fields);
    } finally {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
      Files.deleteIfExists(errors);
    }
  }

  private static @Nullable String resultLine(Process process) {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith(ChildReport.PREFIX)) {
          return line;
        }
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String tail(Path errors) {
    try {
      List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
      String text =
          lines.stream().skip(Math.max(0, lines.size() - 6)).collect(Collectors.joining(" | "));
      return text.isBlank() ? "" : "; stderr: " + text;
    } catch (IOException e) {
      return "";
    }
  }
}
