package eu.sanctions.renewal.access;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.access.DemoUsers;

/**
 * Gives Camunda its groups and what each may do, and the demo users, at every start-up,
 * idempotently: staff work on every renewal task and watch the process in Cockpit; each
 * desk sees and completes only the tasks offered to its own state's group (the engine
 * grants a candidate group its task when it creates it, and nothing grants a desk any
 * other task); admins have everything. The groups and grants are the access model, so
 * they are always there: callers authenticated by an identity provider are bound to them
 * by group name. Only the users are switched off in production
 * ({@code sanctions.camunda.provision-users=false}), where they come from the identity
 * provider.
 */
@Component
class CamundaAccessProvisioning implements ApplicationRunner {

	static final String PROCESS = "sanctions-renewal";

	static final String DESK_FILTER = "Tasks of my desk";

	static final String STAFF_FILTER = "Renewal tasks";

	private static final Logger log = LoggerFactory.getLogger(CamundaAccessProvisioning.class);

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	private final FilterService filters;

	private final TaskService tasks;

	private final DemoUserDirectory users;

	private final boolean provisionUsers;

	CamundaAccessProvisioning(IdentityService identity, AuthorizationService authorizations, FilterService filters,
			TaskService tasks, DemoUserDirectory users,
			@Value("${sanctions.camunda.provision-users:true}") boolean provisionUsers) {
		this.identity = identity;
		this.authorizations = authorizations;
		this.filters = filters;
		this.tasks = tasks;
		this.users = users;
		this.provisionUsers = provisionUsers;
	}

	@Override
	public void run(ApplicationArguments args) {
		groups();
		if (this.provisionUsers) {
			this.users.users().forEach(this::user);
		}
		grants();
		taskFilters();
		log.info("Camunda groups and grants provisioned; users: {}",
				this.provisionUsers ? this.users.users().size() : "from the identity provider");
	}

	private void groups() {
		group(CamundaGroups.STAFF, "Policy staff", "WORKFLOW");
		group(CamundaGroups.ADMINS, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
		group(CamundaGroups.INTEGRATORS, "Integrators", "WORKFLOW");
		for (MemberState state : MemberState.values()) {
			group(DemoUsers.deskGroup(state), "Desk of " + state.englishName(), "WORKFLOW");
		}
	}

	private void group(String id, String name, String type) {
		if (this.identity.createGroupQuery().groupId(id).count() == 0) {
			Group group = this.identity.newGroup(id);
			group.setName(name);
			group.setType(type);
			this.identity.saveGroup(group);
		}
	}

	private void user(DemoUsers.DemoUser demoUser) {
		User user = this.identity.createUserQuery().userId(demoUser.name()).singleResult();
		if (user == null) {
			user = this.identity.newUser(demoUser.name());
			user.setFirstName(demoUser.name());
			user.setLastName("(demo)");
			user.setPassword(demoUser.password());
			this.identity.saveUser(user);
		}
		else if (!this.identity.checkPassword(demoUser.name(), demoUser.password())) {
			user.setPassword(demoUser.password());
			this.identity.saveUser(user);
		}
		for (String group : CamundaGroups.of(demoUser.caller())) {
			if (this.identity.createUserQuery().userId(demoUser.name()).memberOfGroup(group).count() == 0) {
				this.identity.createMembership(demoUser.name(), group);
			}
		}
	}

	private void grants() {
		for (Resources resource : Resources.values()) {
			grant(CamundaGroups.ADMINS, resource, Authorization.ANY, Permissions.ALL);
		}
		grant(CamundaGroups.STAFF, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(CamundaGroups.STAFF, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grant(CamundaGroups.STAFF, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ,
				ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
				ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_WORK,
				ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.CREATE_INSTANCE,
				ProcessDefinitionPermissions.UPDATE_INSTANCE);
		grant(CamundaGroups.STAFF, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ, Permissions.UPDATE,
				Permissions.CREATE);
		grant(CamundaGroups.STAFF, Resources.TASK, Authorization.ANY, Permissions.READ, Permissions.UPDATE,
				TaskPermissions.TASK_WORK);
		grant(CamundaGroups.STAFF, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ,
				Permissions.READ_HISTORY);
		grant(CamundaGroups.STAFF, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
		// The historic resources have permissions of their own: Permissions.READ is not
		// valid for them.
		grant(CamundaGroups.STAFF, Resources.HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ);
		grant(CamundaGroups.STAFF, Resources.HISTORIC_PROCESS_INSTANCE, Authorization.ANY,
				HistoricProcessInstancePermissions.READ);
		for (MemberState state : MemberState.values()) {
			String desk = DemoUsers.deskGroup(state);
			grant(desk, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			// The model and its forms, not any instance or task: tasks come one by one
			// with the candidate group.
			grant(desk, Resources.PROCESS_DEFINITION, PROCESS, Permissions.READ);
		}
	}

	private void taskFilters() {
		Filter desk = filter(DESK_FILTER, "The tasks offered to your desk", -10,
				this.tasks.createTaskQuery()
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.includeAssignedTasks());
		Filter staff = filter(STAFF_FILTER, "Every open task of every renewal", 0,
				this.tasks.createTaskQuery().processDefinitionKey(PROCESS));
		grant(CamundaGroups.STAFF, Resources.FILTER, staff.getId(), Permissions.READ);
		grant(CamundaGroups.STAFF, Resources.FILTER, desk.getId(), Permissions.READ);
		for (MemberState state : MemberState.values()) {
			grant(DemoUsers.deskGroup(state), Resources.FILTER, desk.getId(), Permissions.READ);
		}
	}

	private Filter filter(String name, String description, int priority, org.camunda.bpm.engine.task.TaskQuery query) {
		Filter existing = this.filters.createTaskFilterQuery().filterName(name).singleResult();
		if (existing != null) {
			return existing;
		}
		Filter filter = this.filters.newTaskFilter(name)
			.setOwner(null)
			.setQuery(query)
			.setProperties(Map.of("description", description, "priority", priority, "refresh", true));
		return this.filters.saveFilter(filter);
	}

	private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
		boolean present = this.authorizations.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.count() > 0;
		if (present) {
			return;
		}
		Authorization authorization = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(group);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		List.of(permissions).forEach(authorization::addPermission);
		this.authorizations.saveAuthorization(authorization);
	}

}
