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

  static AggregateManifest.Code code(SparkSession spark) {
    Properties p = new Properties();
    try (InputStream in = JobVersion.class.getResourceAsStream("entente-spark.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String commit = p.getProperty("commit", "");
    if (commit.isEmpty() || commit.startsWith("${")) {
      commit = "unknown";
    } else if ("true".equals(p.getProperty("dirty"))) {
      commit += " (with uncommitted changes)";
    }
    return new AggregateManifest.Code(
        p.getProperty("version", "unknown"),
        commit,
        spark.version(),
        spark.sparkContext().master());
  }
}
