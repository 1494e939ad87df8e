package eu.clusterbridge.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.function.IntFunction;

/** GET requests over HTTP, timed one by one after a warm-up; any answer but 200 stops the benchmark. */
final class TimedRequests {

    private TimedRequests() {
    }

    /**
     * {@code warmUp} untimed GETs (indices -warmUp..-1), then {@code count} timed ones (0..count-1) of the address
     * {@code uri} gives for each index; their milliseconds, sorted.
     */
    static double[] millis(HttpClient client, int warmUp, int count, IntFunction<String> uri) throws Exception {
        double[] millis = new double[count];
        for (int i = -warmUp; i < count; i++) {
            URI address = URI.create(uri.apply(i));
            long t = System.nanoTime();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(address + " answered " + response.statusCode());
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(millis);
        return millis;
    }
}
