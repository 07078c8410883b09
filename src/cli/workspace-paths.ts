/**
 * Path containment protects a workflow, where a pull request can edit the configuration (SECURITY.md):
 * on inside one (GITHUB_ACTIONS=true, as the runner sets it) unless the flag lifts it. A person's own CLI
 * run reads the paths they wrote themselves, so there it is off and a seed host.yaml with /models/...
 * paths runs without a flag. The action's main step does not come here: its input alone decides.
 */
export function pathsMayLeaveWorkspace(flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  return flag === true || env.GITHUB_ACTIONS !== 'true';
}
