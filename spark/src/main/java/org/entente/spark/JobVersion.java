package org.entente.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apache.spark.sql.SparkSession;
import org.entente.ingest.AggregateManifest;

/**
 * What ran, for the manifest: Entente's version and commit (from the build), Spark's, the master.
 */
final class JobVersion {

  private JobVersion() {}

  private static Properties properties() {
    Properties p = new Properties();
    try (InputStream in = JobVersion.class.getResourceAsStream("entente-spark.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** Entente's version and commit: {@code 0.1.0-SNAPSHOT (27bc21a…)}. */
  static String version() {
    Properties p = properties();
    return p.getProperty("version", "unknown") + " (" + commit(p) + ")";
  }

  private static String commit(Properties p) {
    String commit = p.getProperty("commit", "");
    if (commit.isEmpty() || commit.startsWith("${")) {
      return "unknown";
    }
    return "true".equals(p.getProperty("dirty")) ? commit + " (with uncommitted changes)" : commit;
  }

  static AggregateManifest.Code code(SparkSession spark) {
    Properties p = properties();
    String commit = commit(p);
    return new AggregateManifest.Code(
        p.getProperty("version", "unknown"),
        commit,
        spark.version(),
        spark.sparkContext().master());
  }
}
