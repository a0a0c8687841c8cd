"""Asserts on the CloudFormation template `serverless package` generated from serverless.yml.

Usage: serverless_template_check.py TEMPLATE VARIANT SECRET_ARN KMS_KEY_ARN ROUTE...

The routes ("POST /actions/createProfile") are read by the caller from the product's compiled JAX-RS resources, so
a route without its function fails here. Each route's function is named after the route's last path segment.
"""
import json
import sys

RUNTIMES = {
    "native": ("provided.al2023", "bootstrap", False),
    "jvm": ("java21", "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest", True),
}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def by_type(resources, kind):
    return {name: resource for name, resource in resources.items() if resource["Type"] == kind}


def evaluate(condition, conditions):
    """Evaluates the Fn::Not / Fn::Equals condition serverless.yml declares, whose operands are literals here."""
    if "Condition" in condition:
        return evaluate(conditions[condition["Condition"]], conditions)
    if "Fn::Not" in condition:
        return not evaluate(condition["Fn::Not"][0], conditions)
    if "Fn::Equals" in condition:
        left, right = condition["Fn::Equals"]
        if not (isinstance(left, str) and isinstance(right, str)):
            raise ValueError(f"condition operands are not literals: {condition}")
        return left == right
    raise ValueError(f"unexpected condition {condition}")


def main():
    template_path, variant, secret_arn, kms_key_arn, *expected_routes = sys.argv[1:]
    runtime, handler, snap_start = RUNTIMES[variant]
    with open(template_path) as file:
        template = json.load(file)
    resources = template["Resources"]
    conditions = template.get("Conditions", {})

    functions = by_type(resources, "AWS::Lambda::Function")
    routes = sorted(route["Properties"]["RouteKey"] for route in by_type(resources, "AWS::ApiGatewayV2::Route").values())
    expected_routes = sorted(expected_routes)
    check(routes == expected_routes, f"routes {routes}, expected {expected_routes}")
    # one function per resource: /botpress and /botpress/{token} are one function's two routes
    resources_routed = {key.split(" ", 1)[1].split("/{", 1)[0] for key in routes}
    check(len(functions) == len(resources_routed), f"{len(functions)} functions for {len(resources_routed)} routed resources")

    integrations = by_type(resources, "AWS::ApiGatewayV2::Integration")
    for route in by_type(resources, "AWS::ApiGatewayV2::Route").values():
        key = route["Properties"]["RouteKey"]
        integration = integrations[route["Properties"]["Target"]["Fn::Join"][1][1]["Ref"]]["Properties"]
        uri = integration["IntegrationUri"]
        # SnapStart applies to published versions only, so Serverless routes those functions through an alias
        if snap_start:
            alias = uri.get("Fn::Join", [None, [None, None]])[1][1]
            check(alias == "snapstart", f"{key} bypasses the SnapStart alias: {uri}")
            uri = uri["Fn::Join"][1][0]
        action = key.split(" ", 1)[1].split("/{", 1)[0].rsplit("/", 1)[1]
        target = uri.get("Fn::GetAtt", [None])[0]
        check(target == action[0].upper() + action[1:] + "LambdaFunction", f"{key} reaches {uri}")
        check(integration["PayloadFormatVersion"] == "2.0", f"{key} sends payload {integration['PayloadFormatVersion']}")

    for name, function in functions.items():
        properties = function["Properties"]
        check(properties["Runtime"] == runtime, f"{name} runtime {properties['Runtime']}")
        check(properties["Handler"] == handler, f"{name} handler {properties['Handler']}")
        check(properties["Code"]["S3Key"].endswith("/function.zip"), f"{name} code {properties['Code']}")
        check(properties["Timeout"] < 30, f"{name} timeout {properties['Timeout']} s reaches API Gateway's 30 s")
        has_snap_start = properties.get("SnapStart") == {"ApplyOn": "PublishedVersions"}
        check(has_snap_start == snap_start, f"{name} SnapStart {properties.get('SnapStart')}")
        environment = properties["Environment"]["Variables"]
        secret_id = environment.get("KLAVIYO_SECRET_ID")
        check(secret_id == secret_arn, f"{name} KLAVIYO_SECRET_ID {secret_id}")
        for secret in ("KLAVIYO_API_KEY", "CALLER_TOKEN"):
            check(secret not in environment, f"{name} carries the secret value {secret} in its environment")

    for name, group in by_type(resources, "AWS::Logs::LogGroup").items():
        check(group["Properties"].get("RetentionInDays"), f"{name} keeps logs forever")

    role = resources["IamRoleLambdaExecution"]["Properties"]
    statements = [statement for policy in role["Policies"] for statement in policy["PolicyDocument"]["Statement"]]
    non_log = [statement for statement in statements if not all(a.startswith("logs:") for a in statement["Action"])]
    check(non_log == [{"Effect": "Allow", "Action": ["secretsmanager:GetSecretValue"], "Resource": secret_arn}],
          f"the role grants, besides logs: {non_log}")
    check(role.get("ManagedPolicyArns", []) == [], f"the role has managed policies {role.get('ManagedPolicyArns')}")

    policies = by_type(resources, "AWS::IAM::Policy")
    kms_grants = {name: policy for name, policy in policies.items()
                  if "kms:" in json.dumps(policy["Properties"]["PolicyDocument"]["Statement"])}
    created = {name: policy for name, policy in kms_grants.items()
               if "Condition" not in policy or evaluate({"Condition": policy["Condition"]}, conditions)}
    if kms_key_arn:
        check(len(created) == 1, f"with a customer-managed key, kms policies created: {list(created)}")
        for policy in created.values():
            statement = policy["Properties"]["PolicyDocument"]["Statement"]
            check(len(statement) == 1 and statement[0]["Action"] == "kms:Decrypt"
                  and statement[0]["Resource"] == kms_key_arn
                  and statement[0]["Condition"]["StringEquals"]["kms:ViaService"].startswith("secretsmanager."),
                  f"the kms grant is {statement}")
    else:
        check(created == {}, f"without a customer-managed key, kms policies created: {list(created)}")

    if failures:
        for failure in failures:
            print(f"serverless-check: {variant}: {failure}", file=sys.stderr)
        sys.exit(1)
    print(f"serverless-check: {variant}: {len(functions)} functions, routes {routes}, "
          f"GetSecretValue on the secret only, kms:Decrypt {'on ' + kms_key_arn if kms_key_arn else 'not granted'}")


if __name__ == "__main__":
    main()
