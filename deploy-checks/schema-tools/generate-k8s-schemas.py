#!/usr/bin/env python3
"""Regenerates the committed JSON Schemas under src/test/resources/k8s-schemas.

Not run by the build (the schemas are committed). Inputs, all upstream and unmodified:
  --swagger  the Kubernetes OpenAPI v2 document (e.g. kubernetes/swagger.json.unprocessed of
             kubernetes-client/python, release-1.36 branch)
  --crd      CRD manifests (Strimzi packaging/install/cluster-operator/04*-Crd-*.yaml,
             CloudNativePG config/crd/bases/postgresql.cnpg.io_clusters.yaml)
Output: one standalone, strict schema per kind (like yannh/kubernetes-json-schema's
"-standalone-strict" flavour): every $ref inlined, `additionalProperties: false` on every object
that lists its properties (for CRDs except where x-kubernetes-preserve-unknown-fields), int-or-string
as oneOf, descriptions dropped to keep the files small. CRDs get the strict ObjectMeta of the core
API as their metadata, which is what `kubectl apply --validate=strict` enforces on the server.
Usage: generate-k8s-schemas.py --swagger swagger.json --crd a.yaml --crd b.yaml --out DIR
"""
import argparse
import json
import os

import yaml

KINDS = [  # (group, version, kind) of the core API used by deploy/k8s
    ("", "v1", "ConfigMap"),
    ("", "v1", "Namespace"),
    ("", "v1", "Service"),
    ("", "v1", "ServiceAccount"),
    ("apps", "v1", "Deployment"),
    ("autoscaling", "v2", "HorizontalPodAutoscaler"),
    ("policy", "v1", "PodDisruptionBudget"),
    ("networking.k8s.io", "v1", "NetworkPolicy"),
    ("networking.k8s.io", "v1", "Ingress"),
]
INT_OR_STRING = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
QUANTITY = {"oneOf": [{"type": "string"}, {"type": "number"}]}


def file_name(group, version, kind):
    short = group.split(".")[0] if group else ""
    return f"{kind.lower()}-{short + '-' if short else ''}{version}.json"


def clean(node, definitions, strict_crd=False, seen=()):
    if isinstance(node, list):
        return [clean(n, definitions, strict_crd, seen) for n in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].split("/")[-1]
        if name == "io.k8s.apimachinery.pkg.util.intstr.IntOrString":
            return dict(INT_OR_STRING)
        if name == "io.k8s.apimachinery.pkg.api.resource.Quantity":
            return dict(QUANTITY)
        if name in seen:
            raise ValueError("recursive definition " + name)
        return clean(definitions[name], definitions, strict_crd, seen + (name,))
    if node.get("x-kubernetes-int-or-string"):
        return dict(INT_OR_STRING)
    out = {}
    for key, value in node.items():
        if key in ("description", "example", "nullable", "x-kubernetes-group-version-kind") or (
            key.startswith("x-kubernetes-") and key != "x-kubernetes-preserve-unknown-fields"
        ):
            continue
        if key == "properties":
            out[key] = {k: clean(v, definitions, strict_crd, seen) for k, v in value.items()}
        else:
            out[key] = clean(value, definitions, strict_crd, seen)
    preserve = out.pop("x-kubernetes-preserve-unknown-fields", False)
    if "properties" in out and "additionalProperties" not in out and not preserve:
        out["additionalProperties"] = False
    return out


def top_level(schema, group, version, kind, object_meta):
    api_version = f"{group}/{version}" if group else version
    schema = dict(schema)
    props = dict(schema.get("properties", {}))
    props["apiVersion"] = {"type": "string", "enum": [api_version]}
    props["kind"] = {"type": "string", "enum": [kind]}
    props["metadata"] = object_meta
    props.pop("status", None)  # written by controllers, never in a manifest
    schema["properties"] = props
    schema["required"] = sorted(set(schema.get("required", [])) | {"apiVersion", "kind", "metadata"})
    schema["additionalProperties"] = False
    return {"$schema": "http://json-schema.org/draft-07/schema#", **schema}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--swagger", required=True)
    parser.add_argument("--crd", action="append", default=[])
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    definitions = json.load(open(args.swagger))["definitions"]
    object_meta = clean(definitions["io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"], definitions)
    by_gvk = {}
    for name, definition in definitions.items():
        for gvk in definition.get("x-kubernetes-group-version-kind", []):
            by_gvk[(gvk["group"], gvk["version"], gvk["kind"])] = name
    for group, version, kind in KINDS:
        schema = clean(definitions[by_gvk[(group, version, kind)]], definitions)
        write(args.out, file_name(group, version, kind), top_level(schema, group, version, kind, object_meta))
    for path in args.crd:
        crd = yaml.safe_load(open(path))
        group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
        for v in crd["spec"]["versions"]:
            if v.get("served"):
                schema = clean(v["schema"]["openAPIV3Schema"], {}, strict_crd=True)
                write(args.out, file_name(group, v["name"], kind), top_level(schema, group, v["name"], kind, object_meta))


def write(directory, name, schema):
    with open(os.path.join(directory, name), "w") as f:
        json.dump(schema, f, indent=1, sort_keys=True)
        f.write("\n")
    print(name, os.path.getsize(os.path.join(directory, name)))


if __name__ == "__main__":
    main()
