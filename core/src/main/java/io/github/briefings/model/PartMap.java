package io.github.briefings.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The parts of a {@link Breakdown}: an unmodifiable map whose entries are held in an array, in the
 * order stated. A breakdown is read and iterated far more often than it is looked up in, and has few
 * parts: iterating walks the array, and a lookup compares keys one by one unless there are many.
 */
final class PartMap<K, V> extends AbstractMap<K, V> {
  @SuppressWarnings("unchecked") // holds nothing
  private static final PartMap<?, ?> EMPTY = new PartMap<Object, Object>(new Map.Entry[0]);
  /** From this many parts on, a lookup goes through a hash index. */
  static final int INDEXED = 9;

  private final Map.Entry<K, V>[] entries;
  /** The position of each key; null for fewer than {@link #INDEXED} parts. */
  private final Map<Object, Integer> index;

  /** @param entries distinct keys, no nulls; owned by the map from now on */
  PartMap(Map.Entry<K, V>[] entries) {
    this.entries = entries;
    if (entries.length < INDEXED) {
      this.index = null;
    } else {
      this.index = new HashMap<>(entries.length * 2);
      for (int i = 0; i < entries.length; i++) {
        index.put(entries[i].getKey(), i);
      }
    }
  }

  @SuppressWarnings("unchecked") // holds nothing
  static <K, V> PartMap<K, V> empty() {
    return (PartMap<K, V>) EMPTY;
  }

  /** Returns the number of parts. */
  @Override
  public int size() {
    return entries.length;
  }

  /** Returns the entry at a position, in the order stated. */
  Map.Entry<K, V> entry(int i) {
    return entries[i];
  }

  private int indexOf(Object key) {
    if (index != null) {
      Integer i = index.get(key);
      return i == null ? -1 : i;
    }
    for (int i = 0; i < entries.length; i++) {
      if (entries[i].getKey().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public V get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : entries[i].getValue();
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public void forEach(BiConsumer<? super K, ? super V> action) {
    for (Map.Entry<K, V> e : entries) {
      action.accept(e.getKey(), e.getValue());
    }
  }

  /** Returns whether the other map has the same entries in the same order. */
  boolean equalsInOrder(PartMap<?, ?> other) {
    if (other.entries.length != entries.length) {
      return false;
    }
    for (int i = 0; i < entries.length; i++) {
      if (!entries[i].equals(other.entries[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return entries.length;
      }

      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < entries.length;
          }

          @Override
          public Map.Entry<K, V> next() {
            if (next >= entries.length) {
              throw new NoSuchElementException();
            }
            return entries[next++];
          }
        };
      }
    };
  }
}
