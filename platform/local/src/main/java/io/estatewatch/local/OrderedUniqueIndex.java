package io.estatewatch.local;

import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A unique index of the local store (every {@code _id} index among them) whose map orders its keys by their values.
 *
 * <p>The stock H2 index keeps mongo-java-server's {@code KeyValue} keys in an H2 map with H2's general object type,
 * which compares a type it does not know by Java-serialising both sides: every step of every index lookup built two
 * {@code ObjectOutputStream}s, and that was most of the store's CPU under a fold or an intake load. Here keys compare
 * value by value with H2's own comparison of strings, numbers and the like; keys are still written to the file as
 * before. The map is a new one (the stock map's order is another), filled from the collection's documents the first
 * time it opens empty.
 */
final class OrderedUniqueIndex extends AbstractUniqueIndex<Object> {

    /** After the collection's namespace in a map's name; the stock maps have {@code ._index_}. */
    private static final String MAP_INFIX = "._ordered_index_";

    private final MVMap<KeyValue, Object> map;

    OrderedUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    /** The name of the map of index {@code indexName} of the collection {@code namespace} ({@code database.collection}). */
    static String mapName(String namespace, String indexName) {
        return namespace + MAP_INFIX + indexName;
    }

    /** How the map is opened: keys in value order. */
    static MVMap.Builder<KeyValue, Object> map() {
        return new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType());
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return map.remove(keyValue);
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return map.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return map.get(keyValue);
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    /**
     * H2's object type with a total order on {@code KeyValue}s: element by element (absent before present, then H2's
     * comparison, which orders by type first and serialises only types it does not know), shorter first.
     */
    static final class KeyValueType extends ObjectDataType {

        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue left && b instanceof KeyValue right) {
                int common = Math.min(left.size(), right.size());
                for (int i = 0; i < common; i++) {
                    int order = element(left.get(i), right.get(i));
                    if (order != 0) {
                        return order;
                    }
                }
                return Integer.compare(left.size(), right.size());
            }
            return super.compare(a, b);
        }

        private int element(Object a, Object b) {
            if (a == b) {
                return 0;
            }
            if (a == null || b == null) {
                return a == null ? -1 : 1;
            }
            return super.compare(a, b);
        }
    }
}
