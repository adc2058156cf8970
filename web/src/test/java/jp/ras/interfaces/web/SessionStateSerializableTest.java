package jp.ras.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: sessions are replicated in the data grid (web.xml {@code <distributable/>}), so every session- and
 * view-scoped bean (Faces keeps view-scoped beans in the session) must serialize whole: its own fields, and what its
 * collections hold. A field injected with a normal-scoped bean holds a serializable client proxy; any other field
 * must be of a Serializable type (or transient). A failure made Payara drop the session (a logout) in the tests.
 */
class SessionStateSerializableTest {

    @Test
    @DisplayName("Issue 13: every session- and view-scoped bean and everything its fields hold is Serializable")
    void sessionStateSerializes() throws IOException, ClassNotFoundException {
        List<String> problems = new ArrayList<>();
        List<Class<?>> beans = new ArrayList<>();
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        assertTrue(beans.size() >= 10, "the scan found the beans: " + beans);
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getSimpleName() + " is not Serializable");
            }
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                        continue;
                    }
                    check(bean.getSimpleName() + "." + field.getName(), field.getGenericType(),
                            field.isAnnotationPresent(Inject.class), problems);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void check(String where, Type type, boolean injected, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            check(where, parameterized.getRawType(), injected, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(where + "<>", argument, false, problems);
            }
            return;
        }
        if (!(type instanceof Class<?> raw) || raw.isPrimitive()) {
            return;
        }
        if (Serializable.class.isAssignableFrom(raw)) {
            if (raw.isRecord() && where.length() < 400) {
                // what the record holds must serialize too (a record of an entity's embeddable, say)
                for (var component : raw.getRecordComponents()) {
                    check(where + "." + component.getName(), component.getGenericType(), false, problems);
                }
            }
            return;
        }
        if (raw.isInterface() && (injected || raw.getName().startsWith("java.util.")
                || raw.getName().startsWith("org.primefaces.model."))) {
            return; // an injected proxy, or a collection whose contents are checked through its type argument
        }
        if (injected && !raw.isRecord()) {
            return; // a normal-scoped bean (RAS's, FacesContext and ExternalContext are request-scoped, the Clock
                    // application-scoped) or a session bean: what is kept is its serializable client proxy
        }
        problems.add(where + ": " + raw.getName() + " is not Serializable");
    }
}
