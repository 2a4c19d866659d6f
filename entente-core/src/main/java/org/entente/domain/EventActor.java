package org.entente.domain;

/**
 * One side of an event: the state it resolves to, the actor as the dataset writes it, and its
 * sector or agent code.
 *
 * @param state ISO-3 of the actor's state, or null when it names none
 * @param name the actor as written (name or code), never null
 * @param sector sector or agent code ({@code GOV}, {@code MIL}; ICEWS sectors), or empty
 */
public record EventActor(String state, String name, String sector) {

  public EventActor {
    name = name == null ? "" : name;
    sector = sector == null ? "" : sector;
  }
}
