package dev.kfj.argo.testing;

import java.util.ArrayList;
import java.util.List;

/** A small line diff (longest common subsequence) printed as unified hunks. */
final class LineDiff {

    private LineDiff() {}

    /** @return hunks of {@code @@ -a,n +b,m @@} headers and {@code ' '/-/+} lines */
    static String unified(List<String> expected, List<String> actual, int context) {
        int n = expected.size();
        int m = actual.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = expected.get(i).equals(actual.get(j))
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        // Edit script: op, expected line index, actual line index.
        List<int[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && expected.get(i).equals(actual.get(j))) {
                ops.add(new int[] {' ', i++, j++});
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new int[] {'-', i++, j});
            } else {
                ops.add(new int[] {'+', i, j++});
            }
        }
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k)[0] == ' ') {
                k++;
                continue;
            }
            int start = Math.max(0, k - context);
            int end = k;
            int lastChange = k;
            while (end < ops.size() && end - lastChange <= 2 * context) {
                if (ops.get(end)[0] != ' ') {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + context + 1);
            int[] first = ops.get(start);
            int removed = 0;
            int added = 0;
            StringBuilder body = new StringBuilder();
            for (int x = start; x < end; x++) {
                int[] op = ops.get(x);
                String line = op[0] == '+' ? actual.get(op[2]) : expected.get(op[1]);
                body.append((char) op[0]).append(line).append('\n');
                removed += op[0] == '+' ? 0 : 1;
                added += op[0] == '-' ? 0 : 1;
            }
            out.append("@@ -")
                    .append(first[1] + 1)
                    .append(',')
                    .append(removed)
                    .append(" +")
                    .append(first[2] + 1)
                    .append(',')
                    .append(added)
                    .append(" @@\n")
                    .append(body);
            k = end;
        }
        return out.toString();
    }
}
