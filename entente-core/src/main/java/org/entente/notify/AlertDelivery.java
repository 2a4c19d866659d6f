package org.entente.notify;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.entente.analyze.Alert;
import org.entente.store.Store;
import org.entente.store.Watches;

/**
 * After a watch: sends the webhook the alerts it has not received, and logs the delivery in the
 * store whatever its outcome. Alerts a failed delivery did not bring are sent again after the next
 * import, so none is lost to an endpoint that was down.
 */
public final class AlertDelivery {

  private AlertDelivery() {}

  /** One delivery: where, how many alerts, how it went. */
  public record Outcome(String url, int alerts, Webhook.Delivery delivery) {}

  /**
   * Delivers what is pending.
   *
   * @param webhooks makes the sender for the store's webhook (tests shorten its waits)
   * @return empty without a webhook or without pending alerts
   */
  public static Optional<Outcome> deliverPending(
      Store store, Function<Watches.Hook, Webhook> webhooks) {
    Watches watches = new Watches(store);
    Optional<Watches.Hook> hook = watches.webhook();
    if (hook.isEmpty()) {
      return Optional.empty();
    }
    List<Alert> pending = watches.undelivered(hook.get());
    if (pending.isEmpty()) {
      return Optional.empty();
    }
    Webhook.Delivery delivery = webhooks.apply(hook.get()).send(pending);
    watches.logDelivery(
        new Watches.DeliveryLog(
            Instant.now(),
            hook.get().url(),
            pending.stream().map(Alert::id).toList(),
            delivery.status(),
            delivery.attempts(),
            delivery.error()));
    return Optional.of(new Outcome(hook.get().url(), pending.size(), delivery));
  }

  /** The sender with the default waits. */
  public static Webhook defaultSender(Watches.Hook hook) {
    return new Webhook(URI.create(hook.url()), hook.secret());
  }
}
