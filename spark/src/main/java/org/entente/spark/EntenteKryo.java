package org.entente.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.time.LocalDate;
import org.apache.spark.serializer.KryoRegistrator;
import org.entente.analyze.EventAggregation;
import org.entente.analyze.EventTally;
import org.entente.domain.EventCounts;

/**
 * Writes the job's shuffled values compactly: an occurrence in about 40 bytes instead of the
 * hundreds Java serialization takes, and entente-core's records and tally without reflection into
 * their final fields.
 */
public final class EntenteKryo implements KryoRegistrator {

  @Override
  public void registerClasses(Kryo kryo) {
    kryo.register(Occurrence.class, new OccurrenceSerializer());
    kryo.register(EventAggregation.Key.class, new KeySerializer());
    kryo.register(EventTally.class, new TallySerializer());
    // Kryo 4 cannot set a record's fields; the run's file list goes by Java serialization.
    kryo.register(InputFile.class, new com.esotericsoftware.kryo.serializers.JavaSerializer());
  }

  private static final class OccurrenceSerializer extends Serializer<Occurrence> {
    @Override
    public void write(Kryo kryo, Output out, Occurrence o) {
      out.writeLong(o.rank, true);
      out.writeString(o.dataset);
      out.writeString(o.source);
      out.writeString(o.target);
      out.writeInt(o.period, true);
      out.writeByte(o.quadClass);
      out.writeLong(o.goldsteinMicros, false);
      out.writeByte(o.plover);
      out.writeString(o.oneADay);
    }

    @Override
    public Occurrence read(Kryo kryo, Input in, Class<Occurrence> type) {
      Occurrence o = new Occurrence();
      o.rank = in.readLong(true);
      o.dataset = in.readString();
      o.source = in.readString();
      o.target = in.readString();
      o.period = in.readInt(true);
      o.quadClass = in.readByte();
      o.goldsteinMicros = in.readLong(false);
      o.plover = in.readByte();
      o.oneADay = in.readString();
      return o;
    }
  }

  private static final class KeySerializer extends Serializer<EventAggregation.Key> {
    @Override
    public void write(Kryo kryo, Output out, EventAggregation.Key k) {
      out.writeString(k.dataset());
      out.writeString(k.sourceState());
      out.writeString(k.targetState());
      out.writeLong(k.period().toEpochDay(), false);
    }

    @Override
    public EventAggregation.Key read(Kryo kryo, Input in, Class<EventAggregation.Key> type) {
      return new EventAggregation.Key(
          in.readString(),
          in.readString(),
          in.readString(),
          LocalDate.ofEpochDay(in.readLong(false)));
    }
  }

  private static final class TallySerializer extends Serializer<EventTally> {
    @Override
    public void write(Kryo kryo, Output out, EventTally t) {
      EventCounts c = t.counts();
      out.writeLong(c.verbalCoop(), true);
      out.writeLong(c.materialCoop(), true);
      out.writeLong(c.verbalConflict(), true);
      out.writeLong(c.materialConflict(), true);
      out.writeLong(c.goldsteinMicros(), false);
      for (long n : c.plover()) {
        out.writeLong(n, true);
      }
    }

    @Override
    public EventTally read(Kryo kryo, Input in, Class<EventTally> type) {
      long q1 = in.readLong(true);
      long q2 = in.readLong(true);
      long q3 = in.readLong(true);
      long q4 = in.readLong(true);
      long micros = in.readLong(false);
      long[] plover = new long[org.entente.domain.PloverType.values().length];
      for (int i = 0; i < plover.length; i++) {
        plover[i] = in.readLong(true);
      }
      return new EventTally().add(new EventCounts(q1, q2, q3, q4, micros, plover));
    }
  }
}
