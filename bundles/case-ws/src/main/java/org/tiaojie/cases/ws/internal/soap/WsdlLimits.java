package org.tiaojie.cases.ws.internal.soap;

import java.beans.Introspector;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.XmlType;
import javax.xml.namespace.QName;

import org.apache.cxf.Bus;
import org.apache.cxf.common.xmlschema.SchemaCollection;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.feature.Feature;
import org.apache.cxf.interceptor.InterceptorProvider;
import org.apache.cxf.service.model.MessagePartInfo;
import org.apache.cxf.service.model.OperationInfo;
import org.apache.cxf.service.model.SchemaInfo;
import org.apache.cxf.service.model.ServiceInfo;
import org.apache.ws.commons.schema.XmlSchemaComplexContentExtension;
import org.apache.ws.commons.schema.XmlSchemaComplexType;
import org.apache.ws.commons.schema.XmlSchemaElement;
import org.apache.ws.commons.schema.XmlSchemaForm;
import org.apache.ws.commons.schema.XmlSchemaMaxLengthFacet;
import org.apache.ws.commons.schema.XmlSchemaParticle;
import org.apache.ws.commons.schema.XmlSchemaSequence;
import org.apache.ws.commons.schema.XmlSchemaSequenceMember;
import org.apache.ws.commons.schema.XmlSchemaSimpleType;
import org.apache.ws.commons.schema.XmlSchemaSimpleTypeRestriction;
import org.apache.ws.commons.schema.XmlSchemaType;
import org.apache.ws.commons.schema.constants.Constants;
import org.tiaojie.cases.ws.internal.input.InputLimits;

/**
 * Puts the limits the door enforces into the WSDLs, so that a SOAP client sees them where it looks: every text
 * element gets its {@code maxLength} (the API's {@code @Schema(maxLength)}, as in the OpenAPI document; a plain
 * parameter gets {@link InputLimits#PARAMETER_MAX}) and every repeated element its {@code maxOccurs}. JAXB cannot
 * generate facets, so they are added to the service model's schemas once the endpoint is built; the endpoints
 * validate requests against these schemas.
 */
public final class WsdlLimits implements Feature {

    @Override
    public void initialize(Server server, Bus bus) {
        for (ServiceInfo service : server.getEndpoint().getService().getServiceInfos()) {
            SchemaCollection schemas = service.getXmlSchemaCollection();
            Map<QName, Class<?>> types = new LinkedHashMap<>();
            for (OperationInfo op : service.getInterface().getOperations()) {
                if (!op.isUnwrappedCapable()) {
                    continue;
                }
                XmlSchemaElement wrapper = schemas.getElementByQName(op.getInput().getFirstMessagePart().getElementQName());
                XmlSchemaComplexType wrapperType = wrapper == null ? null : complex(wrapper.getSchemaType(),
                        wrapper.getSchemaTypeName(), schemas);
                for (MessagePartInfo part : op.getUnwrappedOperation().getInput().getMessageParts()) {
                    Class<?> type = part.getTypeClass();
                    XmlSchemaElement element = wrapperType == null ? null
                            : child(wrapperType, part.getConcreteName().getLocalPart());
                    if (type == String.class && element != null) {
                        restrictText(element, InputLimits.PARAMETER_MAX);
                    } else if (type != null) {
                        collect(type, types);
                    }
                }
            }
            types.forEach((name, type) -> limit(complex(schemas.getTypeByQName(name), name, schemas), type));
            for (SchemaInfo schema : service.getSchemas()) {
                schema.setElement(null); // served again from the changed model
            }
        }
    }

    private static void limit(XmlSchemaComplexType type, Class<?> javaType) {
        if (type == null) {
            return;
        }
        Map<String, String> properties = elementNames(javaType);
        for (XmlSchemaElement element : children(type).values()) {
            // Which fields a request needs depends on what it asks (a step's action, say); the service says so field
            // by field. JAXB would make maps and primitives mandatory in the WSDL: none is.
            element.setMinOccurs(0);
            String property = properties.getOrDefault(element.getName(), element.getName());
            Optional<InputLimits.Limits> limits = InputLimits.limitsOf(javaType, property);
            if (limits.isEmpty()) {
                continue;
            }
            if (element.getSchemaType() instanceof XmlSchemaComplexType map && child(map, "entry") != null) {
                // A map of texts (department fields): entries, keys and values within their limits.
                // JAXB reads a map's entry, key and value without a namespace whatever the schema's default; the
                // WSDL says so, or a client following it would be refused by the schema check or by JAXB.
                XmlSchemaElement entry = child(map, "entry");
                entry.setMaxOccurs(limits.get().maxProperties());
                entry.setForm(XmlSchemaForm.UNQUALIFIED);
                XmlSchemaComplexType pair = complex(entry.getSchemaType(), null, null);
                if (pair != null && child(pair, "key") != null && child(pair, "value") != null) {
                    restrictText(child(pair, "key"), InputLimits.MAP_KEY_MAX);
                    restrictText(child(pair, "value"), InputLimits.MAP_VALUE_MAX);
                    child(pair, "key").setForm(XmlSchemaForm.UNQUALIFIED);
                    child(pair, "value").setForm(XmlSchemaForm.UNQUALIFIED);
                }
                continue;
            }
            boolean repeated = element.getMaxOccurs() > 1;
            if (repeated) {
                element.setMaxOccurs(limits.get().maxItems());
            }
            restrictText(element, repeated ? limits.get().itemMaxLength() : limits.get().maxLength());
        }
    }

    /** An xs:string element gets a simple type restricting it to the length. */
    private static void restrictText(XmlSchemaElement element, int maxLength) {
        if (!Constants.XSD_STRING.equals(element.getSchemaTypeName())) {
            return;
        }
        XmlSchemaSimpleType text = new XmlSchemaSimpleType(element.getParent(), false);
        XmlSchemaSimpleTypeRestriction restriction = new XmlSchemaSimpleTypeRestriction();
        restriction.setBaseTypeName(Constants.XSD_STRING);
        XmlSchemaMaxLengthFacet facet = new XmlSchemaMaxLengthFacet();
        facet.setValue(maxLength);
        restriction.getFacets().add(facet);
        text.setContent(restriction);
        element.setSchemaTypeName(null);
        element.setSchemaType(text);
    }

    private static XmlSchemaComplexType complex(XmlSchemaType type, QName name, SchemaCollection schemas) {
        XmlSchemaType t = type != null ? type : name == null || schemas == null ? null : schemas.getTypeByQName(name);
        return t instanceof XmlSchemaComplexType c ? c : null;
    }

    private static XmlSchemaElement child(XmlSchemaComplexType type, String name) {
        return children(type).get(name);
    }

    /** The elements of a type's sequence, its own and (for an extension) those it adds. */
    private static Map<String, XmlSchemaElement> children(XmlSchemaComplexType type) {
        Map<String, XmlSchemaElement> result = new LinkedHashMap<>();
        add(type.getParticle(), result);
        if (type.getContentModel() != null
                && type.getContentModel().getContent() instanceof XmlSchemaComplexContentExtension extension) {
            add(extension.getParticle(), result);
        }
        return result;
    }

    private static void add(XmlSchemaParticle particle, Map<String, XmlSchemaElement> result) {
        if (particle instanceof XmlSchemaSequence sequence) {
            for (XmlSchemaSequenceMember member : sequence.getItems()) {
                if (member instanceof XmlSchemaElement element && element.getName() != null) {
                    result.put(element.getName(), element);
                }
            }
        }
    }

    /** The platform's request types reachable from a parameter's type, by their XML type names. */
    private static void collect(Class<?> type, Map<QName, Class<?>> types) {
        if (!type.getName().startsWith("org.tiaojie.") || type.isEnum() || types.containsValue(type)) {
            return;
        }
        types.put(xmlName(type), type);
        for (Method getter : type.getMethods()) {
            if (getter.getParameterCount() == 0 && getter.getDeclaringClass() != Object.class) {
                collect(elementType(getter.getGenericReturnType()), types);
            }
        }
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && p.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item;
        }
        return type instanceof Class<?> c ? c : Object.class;
    }

    private static QName xmlName(Class<?> type) {
        XmlType xmlType = type.getAnnotation(XmlType.class);
        String name = xmlType == null || "##default".equals(xmlType.name())
                ? Introspector.decapitalize(type.getSimpleName()) : xmlType.name();
        String namespace = xmlType == null ? "##default" : xmlType.namespace();
        if ("##default".equals(namespace)) {
            XmlSchema schema = type.getPackage().getAnnotation(XmlSchema.class);
            namespace = schema == null ? "" : schema.namespace();
        }
        return new QName(namespace, name);
    }

    /** Element names that differ from their property's name (@XmlElement(name = ...)). */
    private static Map<String, String> elementNames(Class<?> type) {
        Map<String, String> names = new HashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                XmlElement e = f.getAnnotation(XmlElement.class);
                if (e != null && !"##default".equals(e.name())) {
                    names.put(e.name(), f.getName());
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                XmlElement e = m.getAnnotation(XmlElement.class);
                if (e != null && !"##default".equals(e.name()) && m.getName().startsWith("get")) {
                    names.put(e.name(), Introspector.decapitalize(m.getName().substring(3)));
                }
            }
        }
        return names;
    }

    @Override
    public void initialize(Client client, Bus bus) {
        // servers only
    }

    @Override
    public void initialize(InterceptorProvider interceptorProvider, Bus bus) {
        // nothing to add to the chains
    }

    @Override
    public void initialize(Bus bus) {
        // per endpoint only
    }
}
