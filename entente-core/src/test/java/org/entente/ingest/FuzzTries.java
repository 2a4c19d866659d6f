package org.entente.ingest;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Multiplies a fuzz property's tries by the system property {@code entente.fuzz.scale} (default 1),
 * so the short run in {@code ./mvnw verify} and a long run are the same tests: {@code ./mvnw verify
 * -pl entente-core -Dtest='*FuzzTest' -Dentente.fuzz.scale=50}. Used through
 * {@code @AddLifecycleHook(FuzzTries.class)}.
 */
public final class FuzzTries implements AroundPropertyHook {

  /** The multiplier, 1 unless {@code -Dentente.fuzz.scale} says otherwise. */
  public static int scale() {
    String value = System.getProperty("entente.fuzz.scale", "1");
    try {
      int scale = Integer.parseInt(value.trim());
      if (scale < 1) {
        throw new NumberFormatException();
      }
      return scale;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "entente.fuzz.scale: expected a whole number, 1 or more, not '" + value + "'");
    }
  }

  /** Added to a class, it applies to the class's properties (and those of a subclass). */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    // An @Example (one try) stays one.
    context
        .attributes()
        .tries()
        .filter(tries -> tries > 1)
        .ifPresent(tries -> context.attributes().setTries(tries * scale()));
    return property.execute();
  }
}
