package jp.ras.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * SE1's architecture check, one for every module with session beans (ras-ejb's {@code EjbSecurityTest}, ras-batch's
 * {@code BatchSecurityTest}): each public method of a session bean says who may call it with {@code @RolesAllowed}
 * (on the method, or on the bean and not lifted by {@code @PermitAll}), or carries {@code @PermitAll} and is on the
 * module's short list of methods open by design; a bean is open as a whole ({@code @PermitAll} on the class) only
 * when it is on the module's list of such beans. Each module keeps its lists, with the reasons, in its own test.
 */
public final class SessionBeanSecurity {

    private SessionBeanSecurity() {
    }

    /** The session beans ({@code @Stateless}, {@code @Singleton}, {@code @Stateful}) compiled below {@code classes}. */
    public static List<Class<?>> sessionBeans(Path classes) throws IOException, ClassNotFoundException {
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SessionBeanSecurity.class.getClassLoader());
                if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)
                        || type.isAnnotationPresent(Stateful.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    /**
     * What breaks the rule among {@code beans}, empty when nothing does: {@code Bean.method} for a public method that
     * does not say who may call it, {@code Bean (open as a whole)} for a bean with {@code @PermitAll} that is not in
     * {@code openBeans}, {@code Bean (not open as a whole)} for one in {@code openBeans} without it.
     *
     * @param openMethods {@code Bean.method} names that may carry {@code @PermitAll}
     * @param openBeans simple names of the beans that are open as a whole
     */
    public static List<String> undeclared(List<Class<?>> beans, Set<String> openMethods, Set<String> openBeans) {
        List<String> open = new ArrayList<>();
        for (Class<?> bean : beans) {
            boolean wholeBean = bean.isAnnotationPresent(PermitAll.class);
            if (openBeans.contains(bean.getSimpleName())) {
                if (!wholeBean) {
                    open.add(bean.getSimpleName() + " (not open as a whole)");
                }
                continue;
            }
            if (wholeBean) {
                open.add(bean.getSimpleName() + " (open as a whole)");
            }
            for (Method method : bean.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                String name = bean.getSimpleName() + "." + method.getName();
                boolean roles = method.isAnnotationPresent(RolesAllowed.class)
                        || bean.isAnnotationPresent(RolesAllowed.class) && !method.isAnnotationPresent(PermitAll.class);
                boolean permit = method.isAnnotationPresent(PermitAll.class);
                if (!roles && !(permit && openMethods.contains(name))) {
                    open.add(name);
                }
            }
        }
        return open;
    }
}
