package org.educloud.assessment.items;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Shuffles what a student sees (items of a quiz, options, matching targets, elements to order) so that the order is
 * never one that gives the answer away: never the authored order, and never the orders a caller names (the correct
 * order of an ordering item, the targets lined up with their premises). A plain shuffle of three options shows the
 * authored order — often the key order — once in six attempts, of two options once in two.
 *
 * <p>Deterministic: the same seed gives the same order on every reload. Orders are drawn by rejection from one
 * {@link Random} stream, so each allowed order stays equally likely and a first draw that is allowed is exactly the
 * order a plain {@link Collections#shuffle(List, Random)} gave before this rule (attempts already under way keep
 * their order). Avoided orders that would leave nothing to show are dropped from the end of the list: with two
 * elements and two avoided orders only the first one is avoided, so callers name the more telling order first.
 */
public final class Shuffling {

    /** Draws before the deterministic way out below; with half the orders allowed it is reached once in 2^64. */
    private static final int DRAWS = 64;

    private Shuffling() {
    }

    /** {@code values} in an order other than their own, the same for the same seed. */
    public static <T> List<T> shuffled(List<T> values, long seed) {
        return shuffled(values, seed, List.of());
    }

    /**
     * {@code values} in an order that is neither one of {@code avoid} (most telling first) nor, where that still
     * leaves an order, their own; lists of fewer than two elements come back as they are.
     */
    public static <T> List<T> shuffled(List<T> values, long seed, List<List<T>> avoid) {
        List<T> authored = List.copyOf(values);
        if (authored.size() < 2) {
            return authored;
        }
        List<List<T>> forbidden = forbidden(authored, avoid);
        Random random = new Random(seed);
        List<T> drawn = new ArrayList<>(authored);
        for (int draw = 0; draw < DRAWS; draw++) {
            drawn = new ArrayList<>(authored);
            Collections.shuffle(drawn, random);
            if (!forbidden.contains(drawn)) {
                return drawn;
            }
        }
        // a deterministic way out: the orders after the last draw (lexicographically, by position); fewer are
        // forbidden than there are orders, so one of the next few is allowed
        int[] index = new int[authored.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        List<T> base = drawn;
        while (nextPermutation(index)) {
            List<T> next = new ArrayList<>(index.length);
            for (int i : index) {
                next.add(base.get(i));
            }
            if (!forbidden.contains(next)) {
                return next;
            }
        }
        return drawn; // every order looks alike (all elements equal): nothing can be hidden
    }

    /** Steps to the next permutation in lexicographic order; false after the last one. */
    private static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = a.length - 1;
        while (a[j] <= a[i]) {
            j--;
        }
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }

    private static <T> List<List<T>> forbidden(List<T> authored, List<List<T>> avoid) {
        List<List<T>> forbidden = new ArrayList<>();
        for (List<T> order : avoid) {
            boolean permutation = order.size() == authored.size() && order.containsAll(authored)
                    && authored.containsAll(order);
            if (permutation && !forbidden.contains(order)) {
                forbidden.add(List.copyOf(order));
            }
        }
        if (!forbidden.contains(authored)) {
            forbidden.add(authored);
        }
        // n! - 1 orders at most may be forbidden; only two elements (2! = 2) can reach that with these lists
        while (authored.size() == 2 && forbidden.size() > 1) {
            forbidden.removeLast();
        }
        return forbidden;
    }
}
