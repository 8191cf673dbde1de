package org.greencustoms.elearning.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * With shared sessions (gc.sessions=hazelcast) every view-scoped and session-scoped bean is serialised into the
 * session cache at the end of a request: each field kept in one, other than injected references (CDI proxies, which
 * serialise as references) and transient fields, must be of a serialisable type, all the way down.
 */
class SessionStateSerializableTest {

    @Test
    void viewAndSessionScopedBeansHoldOnlySerializableState() throws Exception {
        List<Class<?>> beans = scopedBeans();
        assertThat(beans).as("view-scoped beans found").hasSizeGreaterThan(5);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertThat(problems).isEmpty();
    }

    private static List<Class<?>> scopedBeans() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> beans = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList();
        }
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
            if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                beans.add(type);
            }
        }
        return beans;
    }

    private static void checkFields(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        for (Class<?> c = type; c != null && c != Object.class && c != Record.class && !c.isEnum();
                c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", problems, seen);
        } else if (type instanceof Class<?> c) {
            if (c.isPrimitive()) {
                return;
            }
            if (c.isArray()) {
                checkType(c.getComponentType(), path + "[]", problems, seen);
                return;
            }
            // The collections the application keeps (List.of, ArrayList, sets, maps) are serialisable; their
            // elements are checked through the type arguments. Optional is not, and is not kept in a field.
            if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
                return;
            }
            if (c == Optional.class || !Serializable.class.isAssignableFrom(c) && !c.isInterface()) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
                return;
            }
            if (c.isInterface() && !Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " (an interface) is not Serializable");
                return;
            }
            if (c.getName().startsWith("org.greencustoms.")) {
                checkFields(c, path, problems, seen);
            }
        }
    }
}
