package jp.ras.interfaces.api;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and writes a JSON type one at a time until that type has been through once. Payara 6.2025.10's
 * {@code org.glassfish.weld.JaxRSJsonContextResolver} looks up JSON-B for a type it has not seen by adding instances
 * of the application's resolvers ({@link ApiJson}) to a plain list that other threads are reading for their own new
 * types: two such look-ups at once fail with {@code ConcurrentModificationException}, a 500. Measured: the first
 * concurrent API requests to an instance just restarted under load (bench/reliability, 2 of 2 rolling restarts).
 * Once every type in use has been seen this costs one set look-up per call.
 */
@Provider
public class FirstJsonUse implements ReaderInterceptor, WriterInterceptor {

    private static final Object FIRST_USE = new Object();
    private static final Set<Class<?>> SEEN = ConcurrentHashMap.newKeySet();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (SEEN.contains(context.getType())) {
            return context.proceed();
        }
        synchronized (FIRST_USE) {
            try {
                return context.proceed();
            } finally {
                SEEN.add(context.getType());
            }
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (SEEN.contains(context.getType())) {
            context.proceed();
            return;
        }
        synchronized (FIRST_USE) {
            try {
                context.proceed();
            } finally {
                SEEN.add(context.getType());
            }
        }
    }
}
